// The closure returns a reference to a String it just created.
fn main() {
    let numbers = vec![3, 14, 159];
    let labels: Vec<&str> = numbers
        .iter()
        .map(|n| {
            let s = format!("#{}", n);
            s.as_str()
        })
        .collect();
    println!("{:?}", labels);
}
