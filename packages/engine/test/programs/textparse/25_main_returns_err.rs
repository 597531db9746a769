// When main returns Err, Rust prints "Error: " plus the Debug form and exits with code 1.
use std::error::Error;

fn read_port(setting: &str) -> Result<u16, Box<dyn Error>> {
    let value = setting
        .strip_prefix("port=")
        .ok_or("setting must start with port=")?;
    let port: u16 = value.parse()?;
    Ok(port)
}

fn main() -> Result<(), Box<dyn Error>> {
    let settings = ["port=8080", "port=443", "port=70000"];
    for s in settings {
        let p = read_port(s)?;
        println!("listening on {}", p);
    }
    println!("all ports valid");
    Ok(())
}
