#[derive(Debug, PartialEq)]
enum Problem {
    Unexpected { found: char, at: usize },
    Mismatch { open: char, open_at: usize, close: char, close_at: usize },
    Unclosed { open: char, at: usize },
}

fn partner(close: char) -> Option<char> {
    match close {
        ')' => Some('('),
        ']' => Some('['),
        '}' => Some('{'),
        _ => None,
    }
}

struct Matcher {
    stack: Vec<(char, usize)>,
    max_depth: usize,
}

impl Matcher {
    fn new() -> Self {
        Matcher { stack: Vec::new(), max_depth: 0 }
    }

    fn check(&mut self, src: &str) -> Result<usize, Problem> {
        self.stack.clear();
        self.max_depth = 0;
        let mut in_string = false;
        for (i, c) in src.chars().enumerate() {
            if c == '"' {
                in_string = !in_string;
                continue;
            }
            if in_string {
                continue; // brackets inside string literals don't count
            }
            match c {
                '(' | '[' | '{' => {
                    self.stack.push((c, i));
                    self.max_depth = self.max_depth.max(self.stack.len());
                }
                ')' | ']' | '}' => {
                    let want = partner(c).unwrap();
                    match self.stack.pop() {
                        None => return Err(Problem::Unexpected { found: c, at: i }),
                        Some((open, open_at)) if open != want => {
                            return Err(Problem::Mismatch { open, open_at, close: c, close_at: i })
                        }
                        Some(_) => {}
                    }
                }
                _ => {}
            }
        }
        if let Some(&(open, at)) = self.stack.last() {
            return Err(Problem::Unclosed { open, at });
        }
        Ok(self.max_depth)
    }
}

fn caret_line(pos: usize) -> String {
    format!("{}^", " ".repeat(pos))
}

fn main() {
    let snippets = [
        "fn main() { println!(\"hi\"); }",
        "let v = vec![1, 2, [3, 4]];",
        "if (a[0] > b) { c(d[e[f]]) }",
        "foo(bar[1)]",
        "x = (1 + 2",
        "let s = \"{ not a brace\";",
        "}{",
        "",
    ];
    let mut m = Matcher::new();
    let mut ok = 0;
    for s in snippets.iter() {
        match m.check(s) {
            Ok(depth) => {
                ok += 1;
                println!("OK    (depth {}) {}", depth, s);
            }
            Err(p) => {
                println!("ERROR {:?}", p);
                println!("      {}", s);
                let pos = match p {
                    Problem::Unexpected { at, .. } => at,
                    Problem::Mismatch { close_at, .. } => close_at,
                    Problem::Unclosed { at, .. } => at,
                };
                println!("      {}", caret_line(pos));
            }
        }
    }
    println!("{} of {} balanced", ok, snippets.len());
}
