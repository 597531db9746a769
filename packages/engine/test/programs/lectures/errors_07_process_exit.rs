// Leaving the program early with a non-zero exit code.
use std::process;

struct Config {
    width: u32,
    height: u32,
}

fn build_config(args: &[&str]) -> Result<Config, String> {
    if args.len() != 2 {
        return Err(format!("expected 2 values, got {}", args.len()));
    }
    let width = args[0].parse::<u32>().map_err(|e| format!("width: {}", e))?;
    let height = args[1].parse::<u32>().map_err(|e| format!("height: {}", e))?;
    Ok(Config { width, height })
}

fn area(c: &Config) -> u32 {
    c.width * c.height
}

fn main() {
    let first = ["4", "5"];
    let cfg = build_config(&first).unwrap_or_else(|err| {
        println!("Problem parsing arguments: {}", err);
        process::exit(1);
    });
    println!("area of {}x{} is {}", cfg.width, cfg.height, area(&cfg));

    let second = ["4", "tall"];
    let cfg2 = build_config(&second).unwrap_or_else(|err| {
        println!("Problem parsing arguments: {}", err);
        process::exit(2);
    });
    println!("never printed: {}", area(&cfg2));
}
