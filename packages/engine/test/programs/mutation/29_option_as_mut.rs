#[derive(Debug)]
struct Config {
    name: String,
    retries: Option<u32>,
}

fn bump_retries(cfg: &mut Config) {
    if let Some(r) = cfg.retries.as_mut() {
        *r += 1;
    } else {
        cfg.retries = Some(1);
    }
}

fn main() {
    let mut cfg = Config { name: String::from("server"), retries: None };
    bump_retries(&mut cfg);
    bump_retries(&mut cfg);
    bump_retries(&mut cfg);
    println!("{:?}", cfg);

    if let Some(ref mut r) = cfg.retries {
        *r *= 10;
    }
    println!("{} retries = {:?}", cfg.name, cfg.retries);

    let mut maybe_name: Option<String> = Some(String::from("log"));
    if let Some(n) = &mut maybe_name {
        n.push_str(".txt");
    }
    println!("{:?}", maybe_name);
}
