//! Which host theme tokens the panel applies: `--acp-*` custom properties whose value matches a
//! strict grammar, so no value can make the browser fetch anything or escape its declaration.
//!
//! A value is a sequence of components separated by spaces, commas (font-family lists) or `/`:
//! hex colours, names and keywords, numbers with a unit or `%`, quoted font names, and the
//! functions `rgb()`/`rgba()`/`hsl()`/`hsla()`/`oklch()` (numeric arguments), `calc()` (numbers,
//! operators and parentheses) and `var(--acp-…)`. There is no backslash (no escaped spelling of
//! another function), no comment, and no other function: no `url()`, `image-set()` or `attr()`.

/// The longest value applied.
const MAX_VALUE: usize = 200;
const COLOUR_FUNCTIONS: [&str; 5] = ["rgb", "rgba", "hsl", "hsla", "oklch"];

/// Ok when the token may be applied; otherwise why not.
pub fn accept_token(name: &str, value: &str) -> Result<(), &'static str> {
    if !name.starts_with("--acp-") || name.len() <= "--acp-".len() {
        return Err("only names starting with --acp- are applied");
    }
    if !name[2..]
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err("the name may only hold letters, digits, - and _");
    }
    if value.len() > MAX_VALUE {
        return Err("the value is longer than 200 characters");
    }
    if value.contains('\\') {
        return Err("the value may not contain a backslash");
    }
    if value.contains("/*") {
        return Err("the value may not contain a comment");
    }
    let mut reader = Reader { rest: value.trim() };
    if reader.rest.is_empty() {
        return Err("the value is empty");
    }
    reader.sequence(Context::Top)?;
    if reader.rest.is_empty() {
        Ok(())
    } else {
        Err(
            "the value holds something other than colours, lengths, calc(), var(--acp-…) or font names",
        )
    }
}

/// Where a component stands: what it may be depends on the function around it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    Top,
    Colour,
    Calc,
}

struct Reader<'a> {
    rest: &'a str,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<char> {
        self.rest.chars().next()
    }

    fn bump(&mut self, n: usize) -> &'a str {
        let (taken, rest) = self.rest.split_at(n);
        self.rest = rest;
        taken
    }

    fn take_while(&mut self, keep: impl Fn(char) -> bool) -> &'a str {
        let n = self.rest.find(|c| !keep(c)).unwrap_or(self.rest.len());
        self.bump(n)
    }

    /// Components and separators until a `)` or the end.
    fn sequence(&mut self, context: Context) -> Result<(), &'static str> {
        loop {
            self.take_while(|c| c == ' ');
            match self.peek() {
                None | Some(')') => return Ok(()),
                Some(',') if context != Context::Calc => {
                    self.bump(1);
                }
                Some('/') => {
                    self.bump(1);
                }
                Some('+' | '*') if context == Context::Calc => {
                    self.bump(1);
                }
                Some('-') if context == Context::Calc && self.rest[1..].starts_with(' ') => {
                    self.bump(1);
                }
                Some(_) => self.component(context)?,
            }
        }
    }

    fn component(&mut self, context: Context) -> Result<(), &'static str> {
        match self.peek() {
            Some('#') if context == Context::Top => {
                self.bump(1);
                let digits = self.take_while(|c| c.is_ascii_alphanumeric());
                if matches!(digits.len(), 3 | 4 | 6 | 8)
                    && digits.chars().all(|c| c.is_ascii_hexdigit())
                {
                    Ok(())
                } else {
                    Err("a colour is # and 3, 4, 6 or 8 hex digits")
                }
            }
            Some(quote @ ('"' | '\'')) if context == Context::Top => {
                self.bump(1);
                self.take_while(|c| c != quote && c != '\n');
                if self.peek() != Some(quote) {
                    return Err("a quoted font name is not closed");
                }
                self.bump(1);
                Ok(())
            }
            Some('(') if context == Context::Calc => self.parenthesised(Context::Calc),
            Some(c) if c.is_ascii_digit() || c == '.' || c == '-' || c == '+' => {
                self.number(context)
            }
            Some(c) if c.is_ascii_alphabetic() => self.word(context),
            _ => Err("the value holds a character that no colour, length or font name has"),
        }
    }

    /// A number with an optional unit or `%`; a leading `-` not followed by a digit is a keyword.
    fn number(&mut self, context: Context) -> Result<(), &'static str> {
        let sign = usize::from(matches!(self.peek(), Some('-' | '+')));
        let after = &self.rest[sign..];
        if !after.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
            return if context == Context::Top && self.peek() == Some('-') {
                self.word(context)
            } else {
                Err("a sign must be followed by a number")
            };
        }
        self.bump(sign);
        let digits = self.take_while(|c| c.is_ascii_digit() || c == '.');
        if digits.matches('.').count() > 1 || digits == "." {
            return Err("a number has at most one decimal point");
        }
        let unit = self.take_while(|c| c.is_ascii_alphabetic() || c == '%');
        if unit.contains('%') && unit != "%" {
            return Err("a percentage is a number and %");
        }
        Ok(())
    }

    /// A keyword or name (`red`, `system-ui`, `bold`), or one of the allowed functions.
    fn word(&mut self, context: Context) -> Result<(), &'static str> {
        let word = self.take_while(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if self.peek() != Some('(') {
            return match context {
                Context::Top => Ok(()),
                Context::Colour if word.eq_ignore_ascii_case("none") => Ok(()),
                _ => Err("only numbers go inside a colour function or calc()"),
            };
        }
        let word = word.to_ascii_lowercase();
        if word == "var" {
            return self.var();
        }
        if word == "calc" {
            return self.parenthesised(Context::Calc);
        }
        if context == Context::Top && COLOUR_FUNCTIONS.contains(&word.as_str()) {
            return self.parenthesised(Context::Colour);
        }
        Err("only rgb(), hsl(), oklch(), calc() and var(--acp-…) are allowed as functions")
    }

    fn parenthesised(&mut self, context: Context) -> Result<(), &'static str> {
        self.bump(1);
        self.sequence(context)?;
        if self.peek() != Some(')') {
            return Err("a parenthesis is not closed");
        }
        self.bump(1);
        Ok(())
    }

    /// `var(--acp-name)` or `var(--acp-name, fallback)`.
    fn var(&mut self) -> Result<(), &'static str> {
        self.bump(1);
        self.take_while(|c| c == ' ');
        let name = self.take_while(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !name.starts_with("--acp-") || name.len() <= "--acp-".len() {
            return Err("var() may only refer to --acp- tokens");
        }
        self.take_while(|c| c == ' ');
        if self.peek() == Some(',') {
            self.bump(1);
            self.sequence(Context::Top)?;
        }
        if self.peek() != Some(')') {
            return Err("a parenthesis is not closed");
        }
        self.bump(1);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_lengths_calc_vars_and_font_lists_are_applied() {
        for value in [
            "#0057d9",
            "#fff",
            "#0057d980",
            "rebeccapurple",
            "transparent",
            "rgb(0 87 217)",
            "rgba(0, 87, 217, 0.5)",
            "rgb(0 87 217 / 50%)",
            "hsl(210deg 100% 40%)",
            "oklch(62% 0.19 255 / none)",
            "12px",
            "0.75rem",
            "-1px",
            "100%",
            "calc(2px + 1px)",
            "calc(100% - 2 * var(--acp-space))",
            "calc((1rem + 2px) / 2)",
            "var(--acp-accent)",
            "var(--acp-accent, #0057d9)",
            "\"Noto Sans JP\", system-ui, -apple-system, sans-serif",
            "'Segoe UI', sans-serif",
            "1px solid #ccc",
            "0 1px 2px rgb(0 0 0 / 20%)",
        ] {
            assert_eq!(accept_token("--acp-x", value), Ok(()), "{value}");
        }
    }

    #[test]
    fn escaped_and_fetching_values_are_refused() {
        for value in [
            "url(https://attacker.example/x.png)",
            "URL(https://attacker.example/x.png)",
            "u\\72l(https://attacker.example/x.png)",
            "\\75 rl(https://attacker.example/x.png)",
            "image-set(\"https://attacker.example/x.png\" 1x)",
            "-webkit-image-set(\"https://attacker.example/x.png\" 1x)",
            "image(\"https://attacker.example/x.png\")",
            "attr(data-x)",
            "env(safe-area-inset-top)",
            "u/**/rl(https://attacker.example/x.png)",
            "var(--other)",
            "var(--acp-x, url(https://attacker.example/x.png))",
            "calc(url(x))",
            "rgb(url(x))",
            "rgb(red)",
            "red; background: blue",
            "}body{",
            "red !important",
            "\"unclosed",
            "#12",
            "#ggg",
            "1..2px",
            "calc(1px + (2px)",
            "",
            "   ",
        ] {
            assert!(accept_token("--acp-x", value).is_err(), "{value}");
        }
        assert!(accept_token("--acp-x", &"1px ".repeat(60)).is_err());
    }

    #[test]
    fn other_names_are_refused() {
        assert!(accept_token("color", "red").is_err());
        assert!(accept_token("--other", "red").is_err());
        assert!(accept_token("--acp-", "red").is_err());
        assert!(accept_token("--acp-x;y", "red").is_err());
    }
}
