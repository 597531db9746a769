#[derive(Debug)]
struct Printer {
    current_job: Option<String>,
    finished: Vec<String>,
}

impl Printer {
    fn submit(&mut self, doc: &str) -> Option<String> {
        // replace returns the old job, if any
        self.current_job.replace(doc.to_string())
    }

    fn finish(&mut self) {
        if let Some(job) = self.current_job.take() {
            self.finished.push(job);
        }
    }

    fn status(&self) -> &str {
        match &self.current_job {
            Some(j) => j.as_str(),
            None => "idle",
        }
    }
}

fn main() {
    let mut p = Printer { current_job: None, finished: vec![] };
    println!("status: {}", p.status());
    p.submit("thesis.pdf");
    println!("status: {}", p.status());
    if let Some(old) = p.submit("slides.pdf") {
        println!("replaced {}", old);
    }
    p.finish();
    p.finish();
    println!("status: {}", p.status());
    println!("{:?}", p);
}
