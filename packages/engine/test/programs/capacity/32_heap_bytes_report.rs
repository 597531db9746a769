// Compute how many heap bytes are used versus reserved.
fn report(label: &str, v: &Vec<u32>) {
    let elem = std::mem::size_of::<u32>();
    let used = v.len() * elem;
    let reserved = v.capacity() * elem;
    println!("{:<8} used {:>3} / reserved {:>3} bytes (wasted {})", label, used, reserved, reserved - used);
}

fn main() {
    let mut ids: Vec<u32> = Vec::new();
    report("empty", &ids);
    for i in 0..5 {
        ids.push(i);
    }
    report("five", &ids);
    ids.reserve_exact(20);
    report("reserved", &ids);
    ids.shrink_to_fit();
    report("shrunk", &ids);
}
