// When from_raw's Box goes out of scope decides when the drop prints.
struct Page(u32);

impl Drop for Page {
    fn drop(&mut self) {
        println!("page {} released", self.0);
    }
}

fn main() {
    let p1 = Box::into_raw(Box::new(Page(1)));
    let p2 = Box::into_raw(Box::new(Page(2)));
    {
        let b2 = unsafe { Box::from_raw(p2) };
        println!("inner scope holds page {}", b2.0);
    }
    println!("between scopes");
    let b1 = unsafe { Box::from_raw(p1) };
    println!("outer holds page {}", b1.0);
    println!("end of main");
}
