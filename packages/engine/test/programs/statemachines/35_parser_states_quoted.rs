// Splitting a command line into arguments, honouring "double quotes"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Between,
    InArg,
    InQuotes,
}

fn split_args(line: &str) -> Result<Vec<String>, String> {
    let mut args = Vec::new();
    let mut cur = String::new();
    let mut mode = Mode::Between;
    for (i, c) in line.char_indices() {
        mode = match (mode, c) {
            (Mode::Between, ' ') => Mode::Between,
            (Mode::Between, '"') => Mode::InQuotes,
            (Mode::Between, _) => {
                cur.push(c);
                Mode::InArg
            }
            (Mode::InArg, ' ') => {
                args.push(std::mem::take(&mut cur));
                Mode::Between
            }
            (Mode::InArg, '"') => return Err(format!("quote inside word at {}", i)),
            (Mode::InQuotes, '"') => {
                args.push(std::mem::take(&mut cur));
                Mode::Between
            }
            (Mode::InArg, _) | (Mode::InQuotes, _) => {
                cur.push(c);
                mode
            }
        };
    }
    match mode {
        Mode::InQuotes => Err(String::from("unterminated quote")),
        Mode::InArg => {
            args.push(cur);
            Ok(args)
        }
        Mode::Between => Ok(args),
    }
}

fn main() {
    let lines = [
        r#"copy a.txt b.txt"#,
        r#"echo "hello world" now"#,
        r#"say "unfinished"#,
        r#"bad wo"rd"#,
        r#"   spaced    out   "#,
    ];
    for l in lines {
        println!("{:<26} => {:?}", l, split_args(l));
    }
}
