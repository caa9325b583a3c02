"""What every lesson uses: language and numbers (i18n), friendly errors, paths, storage of the
learner's files, plotting, exercises and progress. Nothing here imports a lesson topic."""
