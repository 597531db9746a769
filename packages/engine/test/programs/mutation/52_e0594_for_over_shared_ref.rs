fn main() {
    let mut marks = vec![55, 61, 48];
    for m in &marks {
        *m += 5;
    }
    println!("curved: {:?}", marks);
}
