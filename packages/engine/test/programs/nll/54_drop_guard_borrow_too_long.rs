// Because the guard implements Drop, its mutable borrow lasts until
// the end of the scope, even though `g` is not used again.
struct AuditGuard<'a> {
    log: &'a mut Vec<String>,
}

impl Drop for AuditGuard<'_> {
    fn drop(&mut self) {
        self.log.push("done".to_string());
    }
}

fn main() {
    let mut log = Vec::new();
    let g = AuditGuard { log: &mut log };
    g.log.push("start".to_string());
    println!("{} entries so far", log.len());
}
