//! The `Plural-Forms` header of a gettext catalog ("nplurals=3; plural=(n%10==1 && n%100!=11 ?
//! 0 : ...);"), read once and evaluated for each count: the C subset every WordPress locale uses
//! (ternaries, comparisons, `%`, `&&`, `||`, `!`, arithmetic, parentheses).

/// A parsed `Plural-Forms` header: how many forms, and the expression that picks one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluralForms {
    count: usize,
    rule: Expr,
}

impl Default for PluralForms {
    /// English's rule: `nplurals=2; plural=(n != 1);`.
    fn default() -> Self {
        Self { count: 2, rule: Expr::Binary(Op::Ne, Box::new(Expr::N), Box::new(Expr::Number(1))) }
    }
}

impl PluralForms {
    /// Reads a header such as `nplurals=2; plural=(n != 1);`; `None` if it is not one.
    pub fn parse(header: &str) -> Option<Self> {
        let mut count = None;
        let mut rule = None;
        for part in header.split(';') {
            let Some((name, value)) = part.split_once('=') else { continue };
            match name.trim() {
                "nplurals" => count = value.trim().parse::<usize>().ok(),
                "plural" => rule = Parser::parse(value),
                _ => {}
            }
        }
        match (count, rule) {
            (Some(count @ 1..), Some(rule)) => Some(Self { count, rule }),
            _ => None,
        }
    }

    /// How many forms the locale has.
    pub fn count(&self) -> usize {
        self.count
    }

    /// Which form (0-based) a count of `n` takes; 0 when the rule points past the last form.
    pub fn index(&self, n: u64) -> usize {
        let index = usize::try_from(self.rule.eval(n)).unwrap_or(0);
        if index < self.count { index } else { 0 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
    Rem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Expr {
    N,
    Number(u64),
    Not(Box<Expr>),
    Binary(Op, Box<Expr>, Box<Expr>),
    Choose(Box<Expr>, Box<Expr>, Box<Expr>),
}

impl Expr {
    fn eval(&self, n: u64) -> u64 {
        match self {
            Expr::N => n,
            Expr::Number(value) => *value,
            Expr::Not(inner) => u64::from(inner.eval(n) == 0),
            Expr::Choose(test, then, otherwise) => {
                if test.eval(n) != 0 {
                    then.eval(n)
                } else {
                    otherwise.eval(n)
                }
            }
            Expr::Binary(op, left, right) => {
                let (a, b) = (left.eval(n), right.eval(n));
                match op {
                    Op::Or => u64::from(a != 0 || b != 0),
                    Op::And => u64::from(a != 0 && b != 0),
                    Op::Eq => u64::from(a == b),
                    Op::Ne => u64::from(a != b),
                    Op::Lt => u64::from(a < b),
                    Op::Le => u64::from(a <= b),
                    Op::Gt => u64::from(a > b),
                    Op::Ge => u64::from(a >= b),
                    Op::Add => a.wrapping_add(b),
                    Op::Sub => a.wrapping_sub(b),
                    Op::Mul => a.wrapping_mul(b),
                    Op::Div => a.checked_div(b).unwrap_or(0),
                    Op::Rem => a.checked_rem(b).unwrap_or(0),
                }
            }
        }
    }
}

/// A recursive-descent parser over the expression's bytes, with C's precedence.
struct Parser<'a> {
    text: &'a [u8],
    at: usize,
}

/// The binary operators by precedence level, loosest first.
const LEVELS: [&[(&str, Op)]; 6] = [
    &[("||", Op::Or)],
    &[("&&", Op::And)],
    &[("==", Op::Eq), ("!=", Op::Ne)],
    &[("<=", Op::Le), (">=", Op::Ge), ("<", Op::Lt), (">", Op::Gt)],
    &[("+", Op::Add), ("-", Op::Sub)],
    &[("*", Op::Mul), ("/", Op::Div), ("%", Op::Rem)],
];

impl<'a> Parser<'a> {
    fn parse(text: &'a str) -> Option<Expr> {
        let mut parser = Parser { text: text.as_bytes(), at: 0 };
        let expr = parser.ternary()?;
        parser.skip_space();
        (parser.at == parser.text.len()).then_some(expr)
    }

    fn skip_space(&mut self) {
        while self.text.get(self.at).is_some_and(u8::is_ascii_whitespace) {
            self.at += 1;
        }
    }

    /// Consumes `token` if it comes next (but not `=` of `==` as `=`, nor `!` of `!=`).
    fn eat(&mut self, token: &str) -> bool {
        self.skip_space();
        let rest = &self.text[self.at..];
        let follows_eq = rest.get(token.len()) == Some(&b'=');
        if rest.starts_with(token.as_bytes()) && !(matches!(token, "<" | ">" | "!") && follows_eq) {
            self.at += token.len();
            true
        } else {
            false
        }
    }

    fn ternary(&mut self) -> Option<Expr> {
        let test = self.binary(0)?;
        if !self.eat("?") {
            return Some(test);
        }
        let then = self.ternary()?;
        if !self.eat(":") {
            return None;
        }
        let otherwise = self.ternary()?;
        Some(Expr::Choose(Box::new(test), Box::new(then), Box::new(otherwise)))
    }

    fn binary(&mut self, level: usize) -> Option<Expr> {
        let Some(operators) = LEVELS.get(level) else { return self.unary() };
        let mut left = self.binary(level + 1)?;
        'more: loop {
            for (token, op) in operators.iter() {
                if self.eat(token) {
                    let right = self.binary(level + 1)?;
                    left = Expr::Binary(*op, Box::new(left), Box::new(right));
                    continue 'more;
                }
            }
            return Some(left);
        }
    }

    fn unary(&mut self) -> Option<Expr> {
        if self.eat("!") {
            return Some(Expr::Not(Box::new(self.unary()?)));
        }
        if self.eat("(") {
            let inner = self.ternary()?;
            return self.eat(")").then_some(inner);
        }
        if self.eat("n") {
            return Some(Expr::N);
        }
        self.skip_space();
        let start = self.at;
        while self.text.get(self.at).is_some_and(u8::is_ascii_digit) {
            self.at += 1;
        }
        std::str::from_utf8(&self.text[start..self.at]).ok()?.parse().ok().map(Expr::Number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(header: &str, counts: &[u64]) -> Vec<usize> {
        let rule = PluralForms::parse(header).expect("a plural-forms header");
        counts.iter().map(|&n| rule.index(n)).collect()
    }

    #[test]
    fn english_and_german_have_one_and_other() {
        assert_eq!(forms("nplurals=2; plural=(n != 1);", &[0, 1, 2, 21]), [1, 0, 1, 1]);
        assert_eq!(forms("nplurals=2; plural=n != 1;", &[1, 5]), [0, 1]);
        assert_eq!(PluralForms::default().index(1), 0);
        assert_eq!(PluralForms::default().index(0), 1);
    }

    #[test]
    fn french_counts_zero_as_one_and_japanese_has_one_form() {
        assert_eq!(forms("nplurals=2; plural=(n > 1);", &[0, 1, 2]), [0, 0, 1]);
        assert_eq!(forms("nplurals=1; plural=0;", &[0, 1, 7]), [0, 0, 0]);
    }

    #[test]
    fn slavic_rules_with_nested_ternaries() {
        let russian =
            "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);";
        assert_eq!(forms(russian, &[1, 2, 5, 11, 21, 22, 25, 111, 112]), [0, 1, 2, 2, 0, 1, 2, 2, 2]);
        let polish = "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>=14) ? 1 : 2);";
        assert_eq!(forms(polish, &[1, 2, 4, 5, 12, 22, 0]), [0, 1, 1, 2, 2, 1, 2]);
    }

    #[test]
    fn arabic_has_six_forms() {
        let arabic =
            "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);";
        assert_eq!(forms(arabic, &[0, 1, 2, 3, 10, 11, 99, 100, 102]), [0, 1, 2, 3, 3, 4, 4, 5, 5]);
    }

    #[test]
    fn negation_arithmetic_and_a_rule_past_the_last_form() {
        assert_eq!(forms("nplurals=2; plural=!(n == 1);", &[1, 3]), [0, 1]);
        assert_eq!(forms("nplurals=3; plural=n % 0 + n / 0 + (n - 1) * 1;", &[1, 2, 9]), [0, 1, 0]);
    }

    #[test]
    fn broken_headers_are_refused() {
        for header in [
            "",
            "nplurals=2;",
            "plural=(n != 1);",
            "nplurals=0; plural=0;",
            "nplurals=2; plural=(n != 1;",
            "nplurals=2; plural=n ? 1;",
            "nplurals=2; plural=x;",
            "nplurals=2; plural=n 1;",
        ] {
            assert_eq!(PluralForms::parse(header), None, "{header}");
        }
    }
}
