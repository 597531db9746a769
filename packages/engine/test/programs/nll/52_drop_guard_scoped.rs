// A value with a Drop impl keeps its borrow alive until it is dropped,
// so we end the guard's life with an inner block or an explicit drop.
struct AuditGuard<'a> {
    log: &'a mut Vec<String>,
    action: &'static str,
}

impl Drop for AuditGuard<'_> {
    fn drop(&mut self) {
        self.log.push(format!("end {}", self.action));
    }
}

fn main() {
    let mut log = Vec::new();
    {
        let g = AuditGuard { log: &mut log, action: "backup" };
        g.log.push("copying files".to_string());
    } // guard dropped here, borrow of `log` ends
    println!("{:?}", log);

    let g2 = AuditGuard { log: &mut log, action: "cleanup" };
    g2.log.push("removing temp".to_string());
    drop(g2);
    println!("{} entries, last = {:?}", log.len(), log.last());
}
