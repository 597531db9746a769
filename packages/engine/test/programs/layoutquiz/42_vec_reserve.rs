fn main() {
    let mut a: Vec<u64> = Vec::new();
    a.reserve(3);
    println!("reserve(3) on empty: cap {}", a.capacity());

    let mut b: Vec<u64> = Vec::new();
    b.reserve_exact(3);
    println!("reserve_exact(3) on empty: cap {}", b.capacity());

    // reserve on a full Vec may round up to double
    a.extend([1, 2, 3]);
    a.reserve(1);
    println!("a len {} reserve(1): cap {}", a.len(), a.capacity());

    b.extend([1, 2, 3]);
    b.reserve_exact(1);
    println!("b len {} reserve_exact(1): cap {}", b.len(), b.capacity());

    // Enough room already: nothing changes
    let before = a.capacity();
    a.reserve(2);
    println!("a reserve(2) changed cap? {}", a.capacity() != before);
}
