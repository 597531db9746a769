use std::mem::MaybeUninit;
use std::ptr;

// ptr::write into uninitialised memory: nothing old to drop.
struct Label(String);

impl Drop for Label {
    fn drop(&mut self) {
        println!("drop label {}", self.0);
    }
}

fn main() {
    let mut slot = MaybeUninit::<Label>::uninit();
    unsafe {
        ptr::write(slot.as_mut_ptr(), Label(String::from("fresh")));
    }
    let label = unsafe { slot.assume_init() };
    println!("label = {}", label.0);
}
