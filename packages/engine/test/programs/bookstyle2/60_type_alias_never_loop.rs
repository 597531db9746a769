// Type aliases shorten long types; `!` lets continue and panic fit anywhere.
type Thunk = Box<dyn Fn() -> i32>;
type Parsed<T> = Result<T, String>;

fn parse_level(text: &str) -> Parsed<u8> {
    text.trim().parse::<u8>().map_err(|e| format!("bad level {:?}: {}", text, e))
}

fn first_valid(inputs: &[&str]) -> u8 {
    let mut i = 0;
    loop {
        if i >= inputs.len() {
            panic!("no valid level");
        }
        let level: u8 = match parse_level(inputs[i]) {
            Ok(n) => n,
            Err(msg) => {
                println!("skipping: {}", msg);
                i += 1;
                continue; // has type `!`, so the match still has type u8
            }
        };
        break level;
    }
}

fn main() {
    let tasks: Vec<Thunk> = vec![Box::new(|| 1), Box::new(|| 2 * 21)];
    let results: Vec<i32> = tasks.iter().map(|t| t()).collect();
    println!("thunks returned {:?}", results);

    let level = first_valid(&["high", "300", " 7 "]);
    println!("first valid level: {}", level);

    let nothing: Option<u8> = None;
    let value = match nothing {
        Some(v) => v,
        None => 0,
    };
    println!("value = {}", value);
}
