mod config {
    pub struct Settings {
        pub threads: usize,
        pub verbose: bool,
    }

    pub fn parse_line(line: &str) -> (String, String) {
        let mut parts = line.splitn(2, '=');
        let key = parts.next().unwrap().trim().to_string();
        let value = parts.next().expect("line is missing '='").trim().to_string();
        (key, value)
    }

    pub fn load(lines: &[&str]) -> Settings {
        let mut s = Settings { threads: 1, verbose: false };
        for line in lines {
            let (k, v) = parse_line(line);
            match k.as_str() {
                "threads" => s.threads = v.parse().unwrap(),
                "verbose" => s.verbose = v == "true",
                other => println!("ignoring unknown key '{}'", other),
            }
        }
        s
    }
}

fn main() {
    let good = config::load(&["threads = 4", "verbose = true", "color = auto"]);
    println!("threads={} verbose={}", good.threads, good.verbose);
    println!("loading broken config...");
    let bad = config::load(&["threads = 2", "verbose"]);
    println!("never printed: {}", bad.threads);
}
