// Config<'a> borrows its fields from an args-like Vec<String>.
#[derive(Debug)]
struct Config<'a> {
    query: &'a str,
    file_path: &'a str,
    ignore_case: bool,
}

impl<'a> Config<'a> {
    fn build(args: &'a [String]) -> Result<Config<'a>, &'static str> {
        if args.len() < 3 {
            return Err("not enough arguments");
        }
        let query = &args[1];
        let file_path = &args[2];
        let ignore_case = args.iter().any(|a| a == "--ignore-case");
        Ok(Config { query, file_path, ignore_case })
    }
}

fn main() {
    let args: Vec<String> = vec!["minigrep".into(), "to".into(), "poem.txt".into(), "--ignore-case".into()];

    match Config::build(&args) {
        Ok(config) => {
            println!("Searching for {}", config.query);
            println!("In file {}", config.file_path);
            println!("{:?}", config);
        }
        Err(e) => println!("Problem parsing arguments: {e}"),
    }

    let short: Vec<String> = vec!["minigrep".to_string()];
    if let Err(e) = Config::build(&short) {
        println!("Problem parsing arguments: {e}");
    }
}
