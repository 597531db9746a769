// Parse the numbers in a line of input and add them.
fn main() {
    let line = "12 7 30";
    let mut total = 0;
    for part in line.split(' ') {
        let n = part.parse().unwrap();
        total += n;
    }
    println!("total = {}", total);
}
