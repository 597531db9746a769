fn bump(counter: &mut u32) {
    *counter += 1;
}

fn main() {
    let mut hits = 0u32;
    let r = &mut hits;
    bump(r);
    bump(&mut *r);
    {
        let r2 = &mut *r;
        *r2 += 10;
    }
    *r += 100;
    bump(r);
    println!("hits = {}", hits);
}
