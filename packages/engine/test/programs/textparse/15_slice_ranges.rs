// Taking substrings with byte ranges on ASCII text.
fn main() {
    let date = "2024-03-17";
    let year = &date[0..4];
    let month = &date[5..7];
    let day = &date[8..];
    println!("year={} month={} day={}", year, month, day);

    let y: u32 = year.parse().unwrap();
    let m: u32 = month.parse().unwrap();
    let d: u32 = day.parse().unwrap();
    println!("day of year (approx) = {}", (m - 1) * 30 + d);
    println!("leap year? {}", (y % 4 == 0 && y % 100 != 0) || y % 400 == 0);

    // get() returns None instead of panicking.
    println!("get(0..4) = {:?}", date.get(0..4));
    println!("get(5..20) = {:?}", date.get(5..20));
    println!("is_char_boundary(3) = {}", date.is_char_boundary(3));
}
