fn main() {
    let mut ids: Vec<u32> = Vec::with_capacity(10);
    ids.extend([7, 8, 9]);
    println!("before: len {} cap {}", ids.len(), ids.capacity());

    ids.shrink_to_fit();
    println!("after shrink_to_fit: len {} cap {}", ids.len(), ids.capacity());

    // Growing again doubles from the new, smaller capacity
    ids.push(10);
    println!("after one push: len {} cap {}", ids.len(), ids.capacity());

    let mut name = String::with_capacity(64);
    name.push_str("Ada");
    name.shrink_to_fit();
    println!("name {:?} cap {}", name, name.capacity());
}
