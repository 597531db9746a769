use std::error::Error;

fn parse_dimensions(s: &str) -> Result<(u32, u32), Box<dyn Error>> {
    let (w, h) = s.split_once('x').ok_or("expected WIDTHxHEIGHT")?;
    let w: u32 = w.parse()?;
    let h: u32 = h.parse()?;
    Ok((w, h))
}

fn main() -> Result<(), Box<dyn Error>> {
    let (w, h) = parse_dimensions("1920x1080")?;
    println!("{} x {} = {} pixels", w, h, w * h);

    for s in ["800x600", "800-600", "axb"] {
        match parse_dimensions(s) {
            Ok(d) => println!("{:?} ok {:?}", s, d),
            Err(e) => println!("{:?} error: {}", s, e),
        }
    }
    Ok(())
}
