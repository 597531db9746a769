// Box::into_raw hands ownership out as a raw pointer.
// Box::from_raw takes it back, so the value is dropped exactly once.
struct Ticket {
    id: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("dropping ticket {}", self.id);
    }
}

fn main() {
    let b = Box::new(Ticket { id: 17 });
    let raw: *mut Ticket = Box::into_raw(b);
    println!("ownership is now held by a raw pointer");
    unsafe {
        (*raw).id += 1;
        println!("ticket id through raw: {}", (*raw).id);
    }
    let back = unsafe { Box::from_raw(raw) };
    println!("back in a Box with id {}", back.id);
    println!("end of main");
}
