fn main() {
    let mut greeting = String::with_capacity(10);
    println!("len={} cap={}", greeting.len(), greeting.capacity());

    greeting.push_str("Hello");
    println!("len={} cap={}", greeting.len(), greeting.capacity());

    greeting.push(',');
    greeting.push(' ');
    println!("len={} cap={}", greeting.len(), greeting.capacity());

    greeting.push_str("world!");
    println!("len={} cap={} -> {}", greeting.len(), greeting.capacity(), greeting);
}
