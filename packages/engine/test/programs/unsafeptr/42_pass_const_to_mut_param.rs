// Quiz: the helper wants a *mut pointer.
fn reset(p: *mut u16) {
    unsafe {
        *p = 0;
    }
}

fn main() {
    let mut ticks: u16 = 500;
    let p = &ticks as *const u16;
    reset(p);
    ticks += 1;
    println!("ticks = {}", ticks);
}
