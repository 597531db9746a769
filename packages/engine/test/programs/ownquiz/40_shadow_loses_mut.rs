fn main() {
    let mut total = 0;
    for x in [4, 8, 15] {
        total += x;
    }
    let total = total * 2;
    total += 1;
    println!("total = {}", total);
}
