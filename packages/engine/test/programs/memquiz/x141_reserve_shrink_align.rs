fn main() {
    let mut v: Vec<u64> = Vec::with_capacity(4);
    v.push(1);
    v.shrink_to_fit();
    println!("{} {}", v.len(), v.capacity());
    v.reserve(10);
    println!("{}", v.capacity());
    v.reserve_exact(20);
    println!("{}", v.capacity());
    v.shrink_to(5);
    println!("{}", v.capacity());
    v.clear();
    v.shrink_to_fit();
    println!("{}", v.capacity());
    let mut s = String::with_capacity(10);
    s.push_str("abc");
    s.shrink_to_fit();
    s.reserve(1);
    println!("{} {}", s.capacity(), std::mem::align_of::<u32>());
    println!("{} {} {}", std::mem::align_of::<(u8, u64)>(), std::mem::align_of::<String>(), std::mem::align_of::<[u16; 3]>());
}
