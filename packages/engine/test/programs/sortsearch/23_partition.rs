// partition splits one collection into two by a predicate.
fn main() {
    let marks = vec![34, 78, 51, 49, 90, 12, 66];
    let (pass, fail): (Vec<i32>, Vec<i32>) = marks.iter().partition(|&&m| m >= 50);
    println!("pass: {:?}", pass);
    println!("fail: {:?}", fail);

    let words = vec!["Rust", "go", "Zig", "c", "Java"];
    let (upper, lower): (Vec<&str>, Vec<&str>) = words
        .into_iter()
        .partition(|w| w.chars().next().unwrap().is_uppercase());
    println!("{:?} / {:?}", upper, lower);
}
