fn main() {
    let prices = [4, 8, 15];
    let total = 0;
    for p in prices {
        total += p;
    }
    println!("total = {}", total);
}
