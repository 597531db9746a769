// is_sorted and friends, stable since Rust 1.82.
fn main() {
    let a = [1, 2, 2, 5, 9];
    let b = [3, 1, 2];
    println!("a sorted? {}", a.is_sorted());
    println!("b sorted? {}", b.is_sorted());
    let names = ["bob", "al", "christine"];
    println!("by length? {}", names.is_sorted_by_key(|s| s.len()));
    let desc = [9, 7, 7, 1];
    println!("descending? {}", desc.is_sorted_by(|x, y| x >= y));
    let it_sorted = (1..10).map(|x| x * x).is_sorted();
    println!("squares sorted? {}", it_sorted);
}
