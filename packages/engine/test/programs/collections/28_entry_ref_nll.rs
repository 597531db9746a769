use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<String, u32> = HashMap::new();

    let c = counts.entry(String::from("apples")).or_insert(0);
    *c += 5;
    println!("apples so far: {}", c);
    // c is not used after this point, so the mutable borrow ends here

    counts.insert(String::from("pears"), 2);

    let r = counts.get("apples");
    println!("apples via get: {:?}", r);
    // r is finished too, so removing is fine
    counts.remove("pears");

    let g = counts.get_mut("apples").unwrap();
    *g += 1;
    counts.insert(String::from("plums"), 9);
    println!("apples: {}", counts["apples"]);
    println!("entries: {}", counts.len());
}
