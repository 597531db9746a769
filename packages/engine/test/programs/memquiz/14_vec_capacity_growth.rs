fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("len {} cap {}", v.len(), v.capacity());
    for i in 1..=9 {
        v.push(i * 10);
        println!("push {:>2} -> len {} cap {}", i * 10, v.len(), v.capacity());
    }
}
