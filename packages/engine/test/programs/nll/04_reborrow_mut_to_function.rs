// Passing a `&mut` to a function reborrows it implicitly,
// so the original reference can be used again afterwards.
fn add_bonus(points: &mut Vec<u32>, bonus: u32) {
    for p in points.iter_mut() {
        *p += bonus;
    }
}

fn append_zero(points: &mut Vec<u32>) {
    points.push(0);
}

fn main() {
    let mut data = vec![3, 5, 8];
    let handle = &mut data;

    add_bonus(handle, 2);   // implicit reborrow: &mut *handle
    append_zero(handle);    // handle still usable
    add_bonus(handle, 1);
    handle.push(100);

    println!("through handle: {:?}", handle);
    println!("owner sees: {:?}", data);
}
