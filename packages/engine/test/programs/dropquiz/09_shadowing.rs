// Shadowing does not drop the old value: it lives until the end of the scope.
struct Version(u32);

impl Drop for Version {
    fn drop(&mut self) {
        println!("drop v{}", self.0);
    }
}

fn main() {
    let config = Version(1);
    println!("using v{}", config.0);
    let config = Version(config.0 + 1);
    println!("using v{}", config.0);
    {
        let config = Version(config.0 + 1);
        println!("inner using v{}", config.0);
    }
    let config = Version(config.0 * 10);
    println!("finally v{}", config.0);
}
