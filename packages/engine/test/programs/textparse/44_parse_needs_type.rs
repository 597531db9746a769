// Doubling each number in a line of input.
fn main() {
    let line = "3 8 15";
    for token in line.split_whitespace() {
        let n = token.parse().unwrap();
        println!("{} doubled is {}", token, n * 2);
    }
}
