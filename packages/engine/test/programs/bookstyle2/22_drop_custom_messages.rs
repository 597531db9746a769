// Drop runs automatically, in reverse order of declaration.
struct Resource {
    name: String,
}

impl Drop for Resource {
    fn drop(&mut self) {
        println!("Releasing resource `{}`", self.name);
    }
}

fn make(name: &str) -> Resource {
    Resource { name: name.to_string() }
}

fn main() {
    let _db = make("database");
    let _log = make("log file");
    {
        let _tmp = make("temp buffer");
        println!("Inside inner scope");
    }
    let moved = make("socket");
    let kept = vec![moved, make("cache")];
    println!("Vector holds {} resources", kept.len());
    let _ = make("ignored with underscore");
    println!("End of main");
}
