fn main() {
    let total = 0;
    for price in [3, 5, 8] {
        total += price;
    }
    println!("total = {}", total);
}
