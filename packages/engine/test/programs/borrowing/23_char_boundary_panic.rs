// String slices are byte ranges; cutting a multi-byte character panics.
fn main() {
    let city = String::from("Zürich");
    println!("bytes: {}, chars: {}", city.len(), city.chars().count());
    let safe = &city[0..1];
    println!("first byte slice: {}", safe);
    for (i, c) in city.char_indices() {
        println!("{} at byte {}", c, i);
    }
    let whole_u = &city[1..3];
    println!("u-umlaut: {}", whole_u);
    let bad = &city[0..2];
    println!("never printed: {}", bad);
}
