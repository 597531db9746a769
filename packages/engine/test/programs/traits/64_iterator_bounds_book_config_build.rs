struct Config { query: String, path: String }
impl Config {
    fn build(mut args: impl Iterator<Item = String>) -> Result<Config, &'static str> {
        args.next();
        let query = match args.next() { Some(arg) => arg, None => return Err("Didn't get a query string") };
        let path = match args.next() { Some(arg) => arg, None => return Err("Didn't get a file path") };
        Ok(Config { query, path })
    }
}
fn doubled<I: Iterator<Item = u32>>(it: I) -> u32 { it.map(|x| x * 2).sum() }
fn count_long<'a, I>(words: I) -> usize where I: IntoIterator<Item = &'a str> { let mut n = 0; for w in words { if w.len() > 3 { n += 1; } } n }
fn main() {
    let args = vec!["prog".to_string(), "needle".to_string(), "hay.txt".to_string()];
    let c = Config::build(args.into_iter()).unwrap();
    println!("{} {}", c.query, c.path);
    match Config::build(vec!["prog".to_string()].into_iter()) { Ok(_) => println!("ok"), Err(e) => println!("{}", e) }
    println!("{}", doubled(1..=4));
    println!("{}", count_long(vec!["tree", "a", "house"]));
}
