struct Config {
    verbose: bool,
    max_retries: Option<u32>,
    output: Option<String>,
}

fn main() {
    let configs = [
        Config { verbose: true, max_retries: Some(3), output: Some("out.txt".to_string()) },
        Config { verbose: false, max_retries: None, output: None },
    ];

    for (i, cfg) in configs.iter().enumerate() {
        println!("config #{}", i);
        if let Some(n) = cfg.max_retries {
            println!("  will retry up to {} times", n);
        } else {
            println!("  no retries");
        }

        if let Some(path) = &cfg.output {
            println!("  writing to {}", path);
        }

        if let (true, Some(n)) = (cfg.verbose, cfg.max_retries) {
            println!("  verbose with {} retries", n);
        }
    }

    let favorite_color: Option<&str> = None;
    let is_tuesday = false;
    let age: Result<u8, _> = "34".parse::<u8>();

    if let Some(color) = favorite_color {
        println!("Using your favorite color, {color}, as the background");
    } else if is_tuesday {
        println!("Tuesday is green day!");
    } else if let Ok(age) = age {
        if age > 30 {
            println!("Using purple as the background color");
        } else {
            println!("Using orange as the background color");
        }
    } else {
        println!("Using blue as the background color");
    }
}
