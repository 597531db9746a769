fn main() {
    let level: u8 = 250;

    // Casting up first avoids overflow in the addition
    let widened = level as u16 + 10;
    println!("widened sum   = {}", widened);

    // Wrapping arithmetic and a truncating cast agree
    let wrapped = level.wrapping_add(10);
    let truncated = (level as u16 + 10) as u8;
    println!("wrapping_add  = {}", wrapped);
    println!("cast back     = {}", truncated);

    // checked_add reports the overflow instead
    match level.checked_add(10) {
        Some(v) => println!("checked = {}", v),
        None => println!("checked = overflow"),
    }

    // try_from refuses to lose bits
    let ok = u8::try_from(200u32);
    let too_big = u8::try_from(300u32);
    println!("try_from 200 ok? {}  300 ok? {}", ok.is_ok(), too_big.is_ok());
    println!("saturating = {}", level.saturating_add(10));
}
