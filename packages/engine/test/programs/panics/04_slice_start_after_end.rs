// A range whose start is after its end is also a panic.
fn main() {
    let letters = vec!['a', 'b', 'c', 'd', 'e'];
    let start = 4;
    let end = 2;
    println!("slicing {}..{} of {} letters", start, end, letters.len());
    let part = &letters[start..end];
    println!("part = {:?}", part);
}
