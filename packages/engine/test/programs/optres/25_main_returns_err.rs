use std::error::Error;

fn load_level(n: u32) -> Result<String, Box<dyn Error>> {
    if n > 3 {
        return Err(format!("level {} does not exist", n).into());
    }
    Ok(format!("level-{}", n))
}

fn main() -> Result<(), Box<dyn Error>> {
    for n in 1..=5 {
        let level = load_level(n)?;
        println!("loaded {}", level);
    }
    println!("all levels loaded");
    Ok(())
}
