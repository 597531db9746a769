use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let args = vec!["prog", "--limit", "25"];
    let pos = args.iter().position(|a| *a == "--limit")?;
    let limit: u32 = args[pos + 1].parse()?;
    println!("limit = {}", limit);
    Ok(())
}
