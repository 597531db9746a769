// let ... else: pull the data out of one variant, bail out otherwise
#[derive(Debug)]
enum Job {
    Queued { id: u32 },
    Running { id: u32, progress: u8 },
    Finished { id: u32, output: String },
    Failed { id: u32, error: String },
}

fn output_len(job: &Job) -> usize {
    let Job::Finished { output, .. } = job else {
        return 0;
    };
    output.len()
}

fn progress_bar(job: &Job) -> String {
    let Job::Running { progress, .. } = job else {
        return String::from("[----------]");
    };
    let filled = (*progress as usize) / 10;
    format!("[{}{}]", "#".repeat(filled), "-".repeat(10 - filled))
}

fn id_of(job: &Job) -> u32 {
    match job {
        Job::Queued { id } | Job::Running { id, .. } | Job::Finished { id, .. } | Job::Failed { id, .. } => *id,
    }
}

fn main() {
    let jobs = vec![
        Job::Queued { id: 1 },
        Job::Running { id: 2, progress: 40 },
        Job::Finished { id: 3, output: String::from("report.pdf") },
        Job::Failed { id: 4, error: String::from("disk full") },
        Job::Running { id: 5, progress: 95 },
    ];
    for job in &jobs {
        println!("job {} {} out={}", id_of(job), progress_bar(job), output_len(job));
    }
    for job in &jobs {
        let Job::Failed { id, error } = job else { continue };
        println!("job {} failed: {}", id, error);
    }
}
