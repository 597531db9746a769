// Box::leak gives a &'static mut; we can reclaim it with from_raw later.
struct Cache {
    entries: Vec<u32>,
}

impl Drop for Cache {
    fn drop(&mut self) {
        println!("cache with {} entries dropped", self.entries.len());
    }
}

fn main() {
    let leaked: &'static mut Cache = Box::leak(Box::new(Cache { entries: vec![1, 2] }));
    leaked.entries.push(3);
    println!("entries: {:?}", leaked.entries);
    let raw = leaked as *mut Cache;
    let reclaimed = unsafe { Box::from_raw(raw) };
    println!("reclaimed, len = {}", reclaimed.entries.len());
}
