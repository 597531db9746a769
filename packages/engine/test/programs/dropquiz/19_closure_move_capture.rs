// A move closure owns its captures; they drop when the closure drops.
struct Secret(&'static str);

impl Drop for Secret {
    fn drop(&mut self) {
        println!("wipe {}", self.0);
    }
}

fn main() {
    let key = Secret("key");
    let salt = Secret("salt");
    let hash = move || {
        println!("hashing with {} and {}", key.0, salt.0);
    };
    println!("closure built");
    hash();
    hash();
    println!("dropping closure");
    drop(hash);
    println!("end of main");
}
