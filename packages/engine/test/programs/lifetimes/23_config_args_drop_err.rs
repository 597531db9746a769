// Dropping the Vec<String> that Config borrows from.
struct Config<'a> {
    query: &'a str,
    file_path: &'a str,
}

fn parse_config(args: &[String]) -> Config {
    Config { query: &args[1], file_path: &args[2] }
}

fn main() {
    let args = vec![
        String::from("prog"),
        String::from("needle"),
        String::from("haystack.txt"),
    ];
    let config = parse_config(&args);
    drop(args);
    println!("query={} file={}", config.query, config.file_path);
}
