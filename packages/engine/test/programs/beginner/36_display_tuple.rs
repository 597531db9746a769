fn main() {
    let location = (51.5074, -0.1278);
    println!("London is at {}", location);
}
